#!/bin/sh
# Sign, package and notarise the macOS program (dist/caseapp.app, from PyInstaller):
#   packaging/macos/build-dmg.sh dist/caseapp.app dist
# Signing and notarisation need these in the environment (the release workflow takes them from
# the repository's secrets); without MACOS_SIGN_IDENTITY it makes an unsigned .dmg for testing,
# which Gatekeeper will refuse to open on other Macs.
#   MACOS_SIGN_IDENTITY   "Developer ID Application: <organisation> (<team id>)", in the keychain
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (an app-specific password)
set -eu
app=${1:?the .app, e.g. dist/caseapp.app}
out=${2:?the folder for the .dmg}
here=$(cd "$(dirname "$0")" && pwd)
version=$("$app/Contents/MacOS/caseapp-cli" --version | awk '{print $2}')
dmg="$out/caseapp-$version-$(uname -m).dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    # Inside out: every library and executable, then the bundle, with the hardened runtime and
    # a secure timestamp, as notarisation requires.
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

rm -f "$dmg"
hdiutil create -volname caseapp -srcfolder "$app" -ov -format UDZO "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
    xcrun notarytool submit "$dmg" --wait \
        --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
        --password "$MACOS_NOTARY_PASSWORD"
    # The ticket goes into the .dmg, so it opens without asking Apple (offline laptops too).
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
else
    echo "not signed: MACOS_SIGN_IDENTITY is not set (a .dmg for testing only)" >&2
fi
echo "$dmg"
