"""negoreader: read Italian press coverage of the 2025 US–Ukraine–Russia peace negotiations."""

__version__ = "0.1.0"
