# The event loop's callbacks: call_soon order, futures resolved by hand, and run_until_complete.
import asyncio
loop = asyncio.new_event_loop()
order = []
loop.call_soon(order.append, "first")
loop.call_soon(order.append, "second")
future = loop.create_future()
loop.call_soon(future.set_result, "future value")
future.add_done_callback(lambda f: order.append(f"callback saw {f.result()}"))
print(loop.run_until_complete(future))
loop.run_until_complete(asyncio.sleep(0))
print(order)
async def uses_loop():
    running = asyncio.get_running_loop()
    fut = running.create_future()
    running.call_soon(fut.set_result, 7)
    return await fut
print(loop.run_until_complete(uses_loop()))
failing = loop.create_future()
loop.call_soon(failing.set_exception, ValueError("future failed"))
try:
    loop.run_until_complete(failing)
except ValueError as error:
    print("ValueError:", error)
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("RuntimeError:", error)
