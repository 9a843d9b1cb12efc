"""marsad: Arabic news in, political event data out."""
