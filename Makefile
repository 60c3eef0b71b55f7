# The two commands: `make demo` and `make test`. Both install what is missing first
# (Debian packages via apt-get, Python packages into .venv) and are idempotent.

APT_PKGS := clang-14 lld-14 llvm-14 iverilog mspdebug gdb-multiarch golang-go
PYTHON   ?= python3
VENV     := .venv
PY       := $(VENV)/bin/python
STAMP    := $(VENV)/.installed
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
JOBS     ?= 2

.PHONY: setup system-deps aot demo test lint bench experiment-mementos clean

setup: system-deps $(STAMP) aot

# the CPU core compiled ahead of time (msp430emu/cpu/aot.py, ~20 s): a run without an energy model or
# checkpoints then starts without numba; rebuilt when the kernel sources change (else the jit is used)
AOT_STAMP := msp430emu/cpu/_core_aot.stamp
# the energy walks and the checkpoint kernels likewise (energy/aot.py, msp430emu/_lazyjit.py): a run on
# harvested energy, with any strategy, then imports no numba either
AOT_ENERGY_STAMP := energy/_energy_aot.stamp
AOT_CKPT_STAMP := msp430emu/checkpoint/_checkpoint_aot.stamp
AOT_ENERGY_SOURCES := energy/compiled.py energy/aot.py energy/walk.py energy/powered_walk.py energy/trajectory_jit.py
aot: $(AOT_STAMP) $(AOT_ENERGY_STAMP) $(AOT_CKPT_STAMP)

$(AOT_STAMP): $(STAMP) $(wildcard msp430emu/cpu/*.py)
	@$(PY) -m msp430emu.cpu.aot || echo "note: the ahead-of-time core was not built; runs use the jitted core"

$(AOT_ENERGY_STAMP): $(STAMP) $(AOT_ENERGY_SOURCES)
	@$(PY) -c "from energy.aot import main; main()" || echo "note: the ahead-of-time energy kernels were not built; runs use the jit"

$(AOT_CKPT_STAMP): $(STAMP) $(AOT_ENERGY_SOURCES) msp430emu/_lazyjit.py msp430emu/checkpoint/bundle.py \
		msp430emu/checkpoint/save_energy.py
	@$(PY) -m msp430emu._lazyjit || echo "note: the ahead-of-time checkpoint kernels were not built; runs use the jit"

system-deps:
	@missing=""; for p in $(APT_PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(STAMP): pyproject.toml
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

demo: setup
	$(VENV)/bin/msp430emu demo

test: setup
	$(PY) -m pytest -q -n $(JOBS) tests

lint: setup
	$(VENV)/bin/ruff check .

bench: setup
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# the Mementos comparison of docs/mementos-comparison.md (~8 min on 2 cores; figures into docs/figures)
experiment-mementos: setup
	$(PY) experiments/mementos_comparison.py --figures docs/figures

clean:
	rm -rf build demo-out .pytest_cache
