# logging's default handler writes to stderr; stacklevel changes the reported caller.
import logging
logging.basicConfig(format="%(levelname)s %(funcName)s:%(lineno)d %(message)s")
def helper(message):
    logging.warning(message, stacklevel=2)
def business_logic():
    helper("reported at business_logic's line")
business_logic()
logging.error("plain error at module level")
logging.getLogger("quiet").info("not shown: below WARNING")
