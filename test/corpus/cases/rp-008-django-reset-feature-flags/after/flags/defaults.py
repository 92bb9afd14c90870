DEFAULT_FLAGS = {
    "new_checkout": False,
    "search_v2": True,
    "bulk_export": False,
}
