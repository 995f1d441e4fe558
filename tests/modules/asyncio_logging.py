# asyncio reports the errors no code can catch on the 'asyncio' logger, as CPython does
import asyncio
import logging


class Recorder(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        print(record.name, record.levelname, record.getMessage().splitlines()[0],
              type(exc).__name__ if exc else None, exc)


log = logging.getLogger("asyncio")
log.addHandler(Recorder())
log.propagate = False


def bad():
    raise ValueError("boom")


async def failing():
    raise KeyError("never retrieved")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report", "detail": 42})


asyncio.run(main())
# A handler on the logger sees them; removing it sends them to logging's last resort (stderr).
log.handlers.clear()
log.propagate = True
loop = asyncio.new_event_loop()
loop.call_exception_handler({"message": "to stderr"})
loop.close()
print("done")
