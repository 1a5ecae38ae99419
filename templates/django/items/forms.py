from django import forms

from items.models import Item


class ItemForm(forms.ModelForm):
    """Validates an item for the HTML form and the JSON API alike.

    Text is trimmed of surrounding whitespace, and the length limits apply to the trimmed
    text, the one stored.
    """

    # The model leaves descriptions unbounded; the form caps them.
    description = forms.CharField(
        required=False, max_length=1000, widget=forms.Textarea
    )

    class Meta:
        model = Item
        fields = ["name", "description"]
