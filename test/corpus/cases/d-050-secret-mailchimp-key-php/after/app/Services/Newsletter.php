<?php

namespace App\Services;

class Newsletter
{
    private string $mailchimpApiKey = 'd9d406394bd5670fdbc9d878734db1ab-us14';
}
