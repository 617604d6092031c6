# Reading CSV text, aggregating with dicts, sorting, and formatting a fixed-width report.
import csv
import io
DATA = """sku,name,category,quantity,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,12.00
B200,Sprocket,parts,140,0.35
B201,Gear,parts,75,1.10
C300,"Manual, printed",docs,5,7.99
"""
rows = list(csv.DictReader(io.StringIO(DATA)))
totals = {}
for row in rows:
    value = int(row["quantity"]) * float(row["price"])
    totals.setdefault(row["category"], []).append((row["name"], value))
print(f"{'category':<10}{'items':>6}{'value':>10}")
for category, items in sorted(totals.items(), key=lambda kv: -sum(v for _, v in kv[1])):
    print(f"{category:<10}{len(items):>6}{sum(v for _, v in items):>10.2f}")
out_of_stock = [row["sku"] for row in rows if row["quantity"] == "0"]
print("out of stock:", out_of_stock)
buffer = io.StringIO()
writer = csv.writer(buffer, lineterminator="\n")
writer.writerow(["name", "value"])
for row in rows:
    writer.writerow([row["name"], f"{int(row['quantity']) * float(row['price']):.2f}"])
print(buffer.getvalue(), end="")
