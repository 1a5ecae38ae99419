"""The iris classifier behind POST /predict."""
