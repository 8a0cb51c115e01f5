#!/bin/sh
# Wrap the frozen program (dist/caseapp/, from PyInstaller) in a Debian package:
#   packaging/linux/build-deb.sh dist/caseapp dist
# It installs to /opt/caseapp, puts `caseapp` on the PATH, and adds the desktop entry and icon
# from resources/ to the menu. Needs dpkg-deb and fakeroot (Debian's packages of those names).
set -eu
program=${1:?the frozen program folder, e.g. dist/caseapp}
out=${2:?the folder for the .deb}
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$("$program/caseapp-cli" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/DEBIAN" \
    "$stage/usr/share/applications" \
    "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/icons/hicolor/256x256/apps"
cp -a "$program" "$stage/opt/caseapp"
ln -s /opt/caseapp/caseapp-cli "$stage/usr/bin/caseapp"
cp "$root/resources/caseapp.desktop" "$stage/usr/share/applications/caseapp.desktop"
cp "$root/resources/icons/caseapp.svg" "$stage/usr/share/icons/hicolor/scalable/apps/caseapp.svg"
cp "$root/resources/icons/caseapp-256.png" "$stage/usr/share/icons/hicolor/256x256/apps/caseapp.png"
size=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: caseapp
Version: $version
Architecture: $arch
Maintainer: caseapp <caseapp@localhost>
Installed-Size: $size
Section: misc
Priority: optional
Depends: libc6 (>= 2.31), libegl1, libfontconfig1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0
Description: case management and outcome reporting for Housing First / Job First
 A desktop program for the teams of social-investment projects: contacts, housing and
 activity spells, goals and tasks, and the outcome figures the payer pays for.
CONTROL
mkdir -p "$out"
deb="$out/caseapp_${version}_${arch}.deb"
fakeroot dpkg-deb --build -Zxz "$stage" "$deb" >/dev/null
echo "$deb"
