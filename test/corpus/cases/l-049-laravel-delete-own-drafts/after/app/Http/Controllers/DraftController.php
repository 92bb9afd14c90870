<?php

namespace App\Http\Controllers;

use App\Models\Draft;
use Illuminate\Http\Request;

class DraftController extends Controller
{
    public function clear(Request $request)
    {
        Draft::where('user_id', $request->user()->id)->delete();

        return back();
    }
}
