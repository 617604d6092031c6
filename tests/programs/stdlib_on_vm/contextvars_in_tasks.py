# contextvars: each asyncio task runs in a copy of the context; Context.run and tokens.
import asyncio
import contextvars
request_id = contextvars.ContextVar("request_id", default="none")
print(request_id.get())
token = request_id.set("main")
print(request_id.get())
request_id.reset(token)
print(request_id.get())
def read():
    return request_id.get()
context = contextvars.copy_context()
context.run(request_id.set, "inside context")
print(context.run(read), read(), context[request_id], request_id in context, len(context) >= 1)
async def handler(name):
    request_id.set(name)
    await asyncio.sleep(0)
    return f"{name} sees {request_id.get()}"
async def main():
    request_id.set("parent")
    results = await asyncio.gather(handler("a"), handler("b"))
    return results, request_id.get()
print(asyncio.run(main()))
try:
    contextvars.ContextVar("no_default").get()
except LookupError as error:
    print("LookupError for the variable named", error.args[0].name)
