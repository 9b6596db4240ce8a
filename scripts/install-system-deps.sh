#!/usr/bin/env bash
# Installs what npm cannot bring: Debian's Chromium for the browser tests (no browser download
# works on these machines) and a CJK font so that screenshots show Chinese. With --render, also
# LibreOffice and poppler for rendering generated .xlsx/.docx to PNG (npm run render).
# Idempotent: does nothing when everything is present. Needs root (or sudo) and apt.
set -euo pipefail

want=()
command -v chromium >/dev/null 2>&1 || want+=(chromium)
# grep without -q reads all of fc-list's output: -q would close the pipe early and, under
# pipefail, report fc-list's SIGPIPE as a missing font.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || want+=(fonts-noto-cjk)
if [[ "${1:-}" == "--render" ]]; then
  command -v libreoffice >/dev/null 2>&1 || want+=(libreoffice-calc libreoffice-writer)
  command -v pdftoppm >/dev/null 2>&1 || want+=(poppler-utils)
fi
if [[ ${#want[@]} -eq 0 ]]; then
  echo "system dependencies present"
  exit 0
fi
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
echo "installing: ${want[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${want[@]}" >/dev/null
echo "installed: ${want[*]}"
