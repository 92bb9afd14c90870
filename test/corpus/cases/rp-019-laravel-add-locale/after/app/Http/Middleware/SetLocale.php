<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class SetLocale
{
    public function handle(Request $request, Closure $next)
    {
        if ($user = $request->user()) {
            app()->setLocale($user->locale);
        }

        return $next($request);
    }
}
