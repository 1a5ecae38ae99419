from django.urls import path

from items import api, views

app_name = "items"

urlpatterns = [
    path("", views.ItemListView.as_view(), name="list"),
    path("items/new/", views.ItemCreateView.as_view(), name="create"),
    path("api/items", api.ItemCollectionView.as_view(), name="api-list"),
    path("api/items/<int:pk>", api.ItemDetailView.as_view(), name="api-detail"),
]
