# Starting a child process (the host's python) from interpreted code, and reading its output.
import subprocess
import sys
result = subprocess.run([sys.executable, "-c", "import sys; print('child says hi'); sys.exit(4)"], capture_output=True, text=True)
print(repr(result.stdout), result.returncode, result.stderr)
child = subprocess.Popen([sys.executable, "-c", "print(input().upper())"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = child.communicate("shout this\n")
print(repr(out), child.returncode)
try:
    subprocess.run([sys.executable, "-c", "raise SystemExit(2)"], check=True)
except subprocess.CalledProcessError as error:
    print("CalledProcessError:", error.returncode)
