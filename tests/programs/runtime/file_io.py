# Files: text and binary modes, encodings, seek/tell, line iteration, and I/O errors.
import os
import tempfile
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "data.txt")
    with open(path, "w", encoding="utf-8") as handle:
        print(handle.write("first line\nsecond é\n"), handle.mode, handle.encoding)
        handle.writelines(["third\n", "fourth"])
    with open(path, encoding="utf-8") as handle:
        print(handle.readline(), end="")
        print(handle.tell() > 0, handle.read(6))
        handle.seek(0)
        print([line.rstrip("\n") for line in handle])
    with open(path, "rb") as handle:
        data = handle.read()
        print(len(data), data[:12], data.count(b"\n"))
    with open(path, "a") as handle:
        handle.write("\nappended")
    with open(path) as handle:
        print(handle.read().splitlines()[-1])
    with open(path, "r+b") as handle:
        handle.seek(-8, os.SEEK_END)
        print(handle.read())
    try:
        open(os.path.join(directory, "missing.txt"))
    except FileNotFoundError as error:
        print("FileNotFoundError:", error.strerror, os.path.basename(error.filename))
    try:
        open(path, encoding="ascii").read()
    except UnicodeDecodeError as error:
        print("UnicodeDecodeError:", error.reason)
    try:
        open(path, "q")
    except ValueError as error:
        print("ValueError:", error)
    print(sorted(os.listdir(directory)), os.path.getsize(path))
    with open(path) as handle:
        pass
    try:
        handle.read()
    except ValueError as error:
        print("ValueError:", error)
