# logging from interpreted code: levels, format with funcName/lineno, handlers, exceptions.
import logging
import sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s")
log = logging.getLogger("app")
def work():
    log.debug("debug %s", "detail")
    log.info("info with %d args", 1)
    log.warning("warning")
work()
child = logging.getLogger("app.child")
child.setLevel(logging.ERROR)
child.warning("filtered out")
child.error("error from child, propagates to root handler")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("something failed")
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append((record.levelname, record.getMessage(), record.funcName))
handler = ListHandler()
other = logging.getLogger("other")
other.addHandler(handler)
other.propagate = False
def emitter():
    other.critical("captured %s", "here")
emitter()
print(handler.records)
log.log(25, "custom level number")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
print(logging.getLevelName(logging.WARNING), log.getEffectiveLevel(), child.isEnabledFor(logging.WARNING))
logging.warning("root logger warning")
