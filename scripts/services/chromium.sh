# Sourced by scripts/test.sh: Debian's headless Chromium for the browser tests (Playwright drives it; its own
# browser download is not reachable here). Installs the package if missing and tells the tests where it is.
# Nothing is left running: each test starts and stops its own browser.
if ! command -v chromium > /dev/null 2>&1; then
  echo "chromium.sh: installing Debian's chromium for the browser tests"
  # The sandbox user of apt cannot write to a /tmp without the sticky bit, as on some images; run as root.
  { apt-get -o APT::Sandbox::User=root update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends chromium fonts-dejavu-core > /dev/null; } \
    || echo "chromium.sh: apt-get failed" >&2
fi
if command -v chromium > /dev/null 2>&1; then
  export CHRONICLE_TEST_CHROMIUM="$(command -v chromium)"
else
  echo "chromium.sh: chromium could not be installed; the browser tests will be skipped" >&2
fi
CHRONICLE_CLEANUP+=("unset CHRONICLE_TEST_CHROMIUM")
