from django import forms

from items.models import Item


class ItemForm(forms.ModelForm):
    """Validates an item for the HTML form and the JSON API alike."""

    class Meta:
        model = Item
        fields = ["name", "description"]
