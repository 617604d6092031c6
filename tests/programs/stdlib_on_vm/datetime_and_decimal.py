# Deterministic date, time and decimal arithmetic (no clocks).
import datetime
import decimal
d = datetime.date(2024, 2, 28)
print(d + datetime.timedelta(days=2), d.isoformat(), d.weekday(), d.strftime("%d %B %Y"), d.replace(year=2023))
dt = datetime.datetime(2024, 3, 10, 12, 30, tzinfo=datetime.timezone.utc)
print(dt, dt.astimezone(datetime.timezone(datetime.timedelta(hours=-5))), dt.timestamp(), dt.isoformat())
print(datetime.datetime.fromisoformat("2024-01-02T03:04:05+01:00"), datetime.timedelta(hours=25, seconds=61))
print((datetime.date(2024, 12, 25) - datetime.date(2024, 1, 1)).days, datetime.time(23, 59, 59).isoformat())
decimal.getcontext().prec = 10
print(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal("0.1") * 3)
print(decimal.Decimal("3.14159").quantize(decimal.Decimal("0.01")), decimal.Decimal("NaN").is_nan(), round(decimal.Decimal("2.675"), 2))
try:
    decimal.Decimal("abc")
except decimal.InvalidOperation as error:
    print("InvalidOperation:", type(error).__name__)
try:
    datetime.date(2023, 2, 29)
except ValueError as error:
    print("ValueError:", error)
