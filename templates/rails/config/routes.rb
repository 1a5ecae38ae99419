Rails.application.routes.draw do
  # Define your application routes per the DSL in https://guides.rubyonrails.org/routing.html

  # The server-rendered page: the item list and a form to add one.
  root "items#index"
  resources :items, only: :create

  # JSON {"status":"ok"} for load balancers and uptime monitors (Rails' own /up answers HTML).
  get "health", to: "health#show", as: :health
  # 200 {"status":"ready"} while the database answers, 503 JSON while it does not and from SIGTERM on.
  get "ready", to: "health#ready", as: :ready

  # The JSON API. An id must be digits that fit the integer column; anything else falls through to
  # the catch-all below and answers a JSON 404, like any other unknown /api path. A trailing slash
  # is the same path (/api/items/ lists the items).
  namespace :api do
    resources :items, only: %i[ index show create ], constraints: { id: /\d{1,18}/ }
  end
  # Another method on a known path: 405 with the methods it answers (a GET route answers HEAD too).
  match "api/items", to: "api#method_not_allowed", via: :all, defaults: { allow: "GET, HEAD, POST" }
  match "api/items/:id", to: "api#method_not_allowed", via: :all, constraints: { id: /\d{1,18}/ }, defaults: { allow: "GET, HEAD" }
  match "api/*path", to: "api#not_found", via: :all
end
