# If str(exception) itself fails, the traceback says so instead of the message.
class Unprintable(Exception):
    def __str__(self):
        raise ValueError("str is broken")
raise Unprintable("hidden message")
