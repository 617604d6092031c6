print(f"  executing {__name__} (package {__package__!r})")
