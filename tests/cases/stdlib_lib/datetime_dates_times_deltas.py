# datetime: construction, arithmetic, formatting, parsing, timezones, errors
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime("%A %d %B %Y"), d.toordinal())
dt = datetime(2023, 12, 31, 23, 59, 30, 500)
print(dt + timedelta(seconds=45), dt.isoformat(), repr(dt), dt.timestamp() if dt.tzinfo else "naive")
print(datetime.fromisoformat("2024-03-01T12:30:00+02:00"), datetime.strptime("05/06/2021 07:08", "%d/%m/%Y %H:%M"))
tz = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(a.astimezone(tz), a.astimezone(tz).tzname(), a.utcoffset(), (a - datetime(2023, 1, 1, tzinfo=timezone.utc)).days)
print(timedelta(days=1, hours=25, minutes=-1), timedelta(seconds=3661).total_seconds(), abs(timedelta(-1)), timedelta(hours=1) / timedelta(minutes=7))
print(time(13, 5, 7).strftime("%I:%M:%S %p"), time.fromisoformat("10:20:30.123"), date.fromordinal(738000), date(2020, 1, 1) < date(2021, 1, 1))
# (messages differ between CPython's C _datetime and its pure-Python _pydatetime: types only)
for bad in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print(type(e).__name__)
try:
    datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print(type(e).__name__)
import time
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %W %w %c %x %X %p", time.gmtime(1700000000)))
print(time.gmtime(0), time.asctime(time.gmtime(86400 * 45)), time.strptime("2024-01-02", "%Y-%m-%d")[:6])
print(datetime(2024, 5, 17, 8, 3).strftime("%Y/%m/%d %I:%M %p %A %B %j"), datetime.utcfromtimestamp(86400).isoformat() if False else "")
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)).tm_mday, len(time.gmtime()))
