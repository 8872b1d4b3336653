# Two commands for a newcomer:
#   make lab    installs what is missing into .venv, then opens JupyterLab on the welcome notebook
#   make test   installs what is missing into .venv, then runs every test (browser ones included)
# Extra:
#   make voila      the participant view (code hidden) on the welcome notebook (make voila PORT=8900)
#   make lab LAB_PORT=8890  JupyterLab on another port
#   make test-fast  every test except the browser ones (for iteration)
#   make bench      the benchmarks in benchmarks/
#   make badges     rewrite the README's Binder badges from [tool.kit] repository in pyproject.toml

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8866
LAB_PORT ?= 8888
# JupyterLab refuses to start as root (containers, VMs, CI) unless told it may.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: install lab voila test test-fast bench validate badges clean

install: $(STAMP)

VOILA_TEMPLATE := share/jupyter/voila/templates/kit

$(STAMP): pyproject.toml $(VOILA_TEMPLATE)/index.html.j2 $(VOILA_TEMPLATE)/conf.json
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Python 3.11 ou plus récent est nécessaire (python3 --version)."; exit 2; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
	  { echo "Impossible de créer .venv : sous Debian/Ubuntu, installez d'abord « python3-venv » (apt-get install python3-venv)."; exit 2; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[app,test]'
	mkdir -p $(VENV)/share/jupyter/voila/templates && cp -r $(VOILA_TEMPLATE) $(VENV)/share/jupyter/voila/templates/
	@touch $(STAMP)

lab: install
	$(BIN)/jupyter lab notebooks/00_bienvenue.ipynb --port=$(LAB_PORT) $(AS_ROOT)

# Participant view: code hidden, settings in voila.json (read from this folder, as on Binder).
voila: install
	@echo "Vue participant : http://127.0.0.1:$(PORT)/voila/render/notebooks/00_bienvenue.ipynb  (Ctrl+C pour arrêter)"
	$(BIN)/voila . --port=$(PORT) --Voila.ip=127.0.0.1 --no-browser

# Binder badges of README.md, from the one repository slug in pyproject.toml ([tool.kit] repository).
badges: install
	$(BIN)/python -m kit binder-links

validate: install
	$(BIN)/python -m kit validate

test: install
	$(BIN)/python -m kit validate
	$(BIN)/python tests/run_pytest.py tests notebooks kit --doctest-modules --nbval-lax

test-fast: install
	$(BIN)/python -m kit validate
	$(BIN)/python tests/run_pytest.py tests notebooks kit --doctest-modules --nbval-lax -m "not browser"

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache
