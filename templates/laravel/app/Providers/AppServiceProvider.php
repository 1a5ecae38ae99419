<?php

namespace App\Providers;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        // Outside production, lazy loading and unknown or unfillable attributes throw instead of passing silently.
        Model::shouldBeStrict(! $this->app->isProduction());
    }
}
