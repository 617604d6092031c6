# "The above exception was the direct cause of the following exception:"
class ConfigError(Exception):
    pass
def read_port(text):
    try:
        return int(text)
    except ValueError as error:
        raise ConfigError(f"bad port {text!r}") from error
read_port("http")
