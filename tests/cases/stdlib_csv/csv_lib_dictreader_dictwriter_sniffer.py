import csv, io
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['a', 'b'], extrasaction='ignore')
w.writeheader(); w.writerow({'a': 1, 'b': 'x,y', 'c': 3}); w.writerows([{'a': 'q"r'}])
print(repr(s.getvalue()))
r = csv.DictReader(io.StringIO(s.getvalue()))
print(r.fieldnames, [dict(x) for x in r])
print(list(csv.reader(io.StringIO('a;b\n"c;d";e\n'), delimiter=';')))
print(csv.list_dialects())
class D(csv.Dialect):
    delimiter = '|'; quotechar = "'"; lineterminator = '\n'; quoting = csv.QUOTE_MINIMAL
s = io.StringIO(); csv.writer(s, D).writerow(['x|y', 'z']); print(repr(s.getvalue()))
try:
    class Bad(csv.Dialect): delimiter = 'xx'; quotechar='"'; lineterminator='\n'; quoting=0
    Bad()
except csv.Error as e: print('Error', e)
sn = csv.Sniffer()
d = sn.sniff('a;b;c\n1;2;3\n4;5;6\n')
print(d.delimiter, sn.has_header('name,age\nbob,3\nal,40\n'))
