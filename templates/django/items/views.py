"""Server-rendered pages: the item list and, for signed-in users, a form to add one."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.messages.views import SuccessMessageMixin
from django.urls import reverse_lazy
from django.views.generic import CreateView, ListView

from items.forms import ItemForm
from items.models import Item


class ItemListView(ListView):
    model = Item
    paginate_by = 25


class ItemCreateView(LoginRequiredMixin, SuccessMessageMixin, CreateView):
    model = Item
    form_class = ItemForm
    success_url = reverse_lazy("items:list")
    success_message = 'Added "%(name)s".'
