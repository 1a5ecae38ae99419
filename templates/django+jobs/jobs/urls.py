from django.urls import path

from jobs import api

app_name = "jobs"

urlpatterns = [
    path("api/jobs", api.JobCollectionView.as_view(), name="api-list"),
    path("api/jobs/<uuid:task_id>", api.JobDetailView.as_view(), name="api-detail"),
]
