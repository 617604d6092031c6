# Time moves forward: monotonic and perf_counter increase; sleep waits at least the asked time.
import time
start = time.monotonic()
perf = time.perf_counter()
time.sleep(0.02)
print(time.monotonic() - start >= 0.015, time.perf_counter() > perf, time.time() > 1_700_000_000)
print(time.gmtime(0)[:6], time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)).tm_yday)
print(isinstance(time.time_ns(), int), time.process_time() >= 0, time.get_clock_info("monotonic").monotonic)
