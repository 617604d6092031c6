# for/while with else, break and continue at several nesting levels.
def find_pair(numbers, target):
    for i, a in enumerate(numbers):
        for b in numbers[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("while-else does not run after break")
print("n =", n)
for outer in range(3):
    for inner in range(3):
        if inner > outer:
            break
        if (outer + inner) % 2:
            continue
        print(outer, inner)
primes = []
for candidate in range(2, 30):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)
count = 0
while True:
    count += 1
    if count > 100:
        break
print(count)
for x in []:
    print("never")
else:
    print("for-else on an empty loop runs")
