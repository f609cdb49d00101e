"""Shared helpers for the benchmarks: build the app, start it on loopback with its own temporary database,
call it, and stop it. Standard library only."""
import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DLL = os.path.join(ROOT, "TrunkPortal", "bin", "Release", "net10.0", "TrunkPortal.dll")
# Benchmark 5 times the app as it is deployed: `dotnet publish -r linux-x64`, which the project compiles ReadyToRun.
RID = "linux-x64"
PUBLISHED_DLL = os.path.join(ROOT, "TrunkPortal", "bin", "Release", "net10.0", RID, "publish", "TrunkPortal.dll")
REFERENCE_PROJECT = os.path.join(ROOT, "bench", "StartupReference")
REFERENCE_DLL = os.path.join(REFERENCE_PROJECT, "bin", "Release", "net10.0", RID, "publish", "StartupReference.dll")
DEMO_KEY = "tp_demo_acme_5f2b8c41d7e94a06b3c1e8f27a9d0c6e"


def build():
    """Release build of the web project (the benchmarks never time a Debug build)."""
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "TrunkPortal"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)


def publish(project=os.path.join(ROOT, "TrunkPortal")):
    """Framework-dependent Release publish for linux-x64 with ReadyToRun (ahead-of-time compiled code for the app
    and its packages, as a deployment would run it); the output is bin/Release/net10.0/linux-x64/publish."""
    subprocess.run(["dotnet", "publish", project, "-c", "Release", "-r", RID, "--self-contained", "false",
                    "-p:PublishReadyToRun=true", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def machine():
    mem_kb = int(next(l for l in open("/proc/meminfo") if l.startswith("MemTotal")).split()[1])
    return f"{os.cpu_count()} cores, {mem_kb / 1024 / 1024:.1f} GiB"


class Workdir:
    """A temporary folder removed on exit, whatever happens."""

    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="trunkportal-bench-")
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)


PROVIDERS = ("sqlite", "postgres")


def providers_argument(value):
    """argparse type of --providers: a comma-separated list of sqlite and postgres, in the order given."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in PROVIDERS]
    if not names or unknown or len(set(names)) != len(names):
        raise argparse.ArgumentTypeError(f"{value!r}: a comma-separated list of {', '.join(PROVIDERS)}")
    if "postgres" in names and not os.environ.get("BENCH_PG"):
        raise argparse.ArgumentTypeError("postgres needs BENCH_PG, an admin connection string such as "
                                         "'Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres'")
    return names


def _parse_npgsql(connection_string):
    """The key=value pairs of an Npgsql connection string, keys lower case."""
    pairs = {}
    for part in connection_string.split(";"):
        if "=" in part:
            key, value = part.split("=", 1)
            pairs[key.strip().lower()] = value.strip()
    return pairs


class PostgresDatabase:
    """A fresh, empty database tp_bench_<random> on the PostgreSQL server that the admin connection string (BENCH_PG
    by default) names, dropped at exit whatever happens (WITH (FORCE): connections still open are ended). The app
    migrates it at start. In Development the app keeps the key ring's certificate in its own folder, named after
    the database, so that the instances of one database share it; that file is removed with the database."""

    def __init__(self, admin=None):
        self.admin = admin or os.environ["BENCH_PG"]
        self.name = "tp_bench_" + secrets.token_hex(6)

    def psql(self, sql):
        settings = _parse_npgsql(self.admin)
        user = settings.get("username") or settings.get("user id") or settings.get("user") or "postgres"
        env = dict(os.environ, PGPASSWORD=settings.get("password", ""), PGCONNECT_TIMEOUT="10")
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", settings.get("host", "127.0.0.1"),
                        "-p", settings.get("port", "5432"), "-U", user, "-d", settings.get("database", "postgres"),
                        "-c", sql], env=env, check=True, stdout=subprocess.DEVNULL, timeout=60)

    def connection_string(self):
        """The admin string with this database instead of the admin's."""
        parts = [part for part in self.admin.split(";")
                 if part.strip() and part.split("=", 1)[0].strip().lower() != "database"]
        return ";".join(parts + [f"Database={self.name}"])

    def env(self):
        return {"Database__Provider": "Postgres", "ConnectionStrings__Default": self.connection_string()}

    def __enter__(self):
        if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that a kill still drops the database
        self.psql(f'CREATE DATABASE "{self.name}"')
        return self

    def __exit__(self, *exc):
        try:
            self.psql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        finally:
            for folder in {os.path.dirname(DLL), os.path.dirname(PUBLISHED_DLL)}:
                try:
                    os.remove(os.path.join(folder, self.name + ".keyring.pfx"))
                except FileNotFoundError:
                    pass


class Portal:
    """One app process on 127.0.0.1, bench endpoints on, limits raised for load. provider "sqlite": the database
    is the file db_path. provider "postgres": a fresh database (PostgresDatabase) made at start and dropped at
    stop, or the one given as database (not dropped: several instances of one database). The log is
    db_path + ".log" either way."""

    def __init__(self, db_path, extra_env=None, dll=DLL, provider="sqlite", database=None):
        if provider not in PROVIDERS:
            raise ValueError(provider)
        self.db_path = db_path
        self.dll = dll
        self.provider = provider
        self.database = database
        self.own_database = None
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.extra_env = extra_env or {}
        self.process = None
        self.log = None
        self.cpu_seconds = None

    def env(self):
        env = dict(os.environ)
        env.update({
            "ASPNETCORE_ENVIRONMENT": "Development",
            "ConnectionStrings__Default": f"Data Source={self.db_path}",
            "Provisioning__DelayMs": "0",
            "Api__RateLimits__ReadsPerSecond": "1000000",
            "Api__RateLimits__WritesPerMinute": "1000000",
            "Bench__Enabled": "true",
            "SignIn__AttemptsPerMinute": "1000000",
        })
        if self.provider == "postgres":
            env.update(self.database.env())
        env.update(self.extra_env)
        return env

    def start(self, timeout=60):
        """Starts the process and returns the seconds from spawning it to the first 200 on /health."""
        if self.provider == "postgres" and self.database is None:
            self.own_database = self.database = PostgresDatabase().__enter__()
        self.log = open(self.db_path + ".log", "w")
        started = time.perf_counter()
        self.process = subprocess.Popen(["dotnet", self.dll, "--urls", self.url], env=self.env(),
                                        cwd=os.path.dirname(self.dll),
                                        stdout=self.log, stderr=subprocess.STDOUT)
        while time.perf_counter() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited with {self.process.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=1) as r:
                    if r.status == 200:
                        elapsed = time.perf_counter() - started
                        self.cpu_seconds = self.process_cpu_seconds()
                        return elapsed
            except OSError:
                time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"no 200 from /health within {timeout} s")

    def process_cpu_seconds(self):
        """User plus system CPU time the app's process has used so far (Linux /proc, 10 ms resolution): less
        sensitive than wall time to what else the shared machine runs."""
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log:
            self.log.close()
        if self.own_database:
            database, self.own_database, self.database = self.own_database, None, None
            database.__exit__(None, None, None)

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    def call(self, method, path, body=None, key=None, timeout=600):
        """Returns (status, parsed JSON or None)."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if key:
            request.add_header("Authorization", "App " + key)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as r:
                raw = r.read()
                return r.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return e.code, json.loads(raw)
            except ValueError:
                return e.code, None


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def median(values):
    return statistics.median(values)


def verdict(ok):
    return "PASS" if ok else "FAIL"


def fail_exit(all_ok):
    sys.exit(0 if all_ok else 1)
