"""The reader: a Textual app over the model in the rest of the package."""
