#!/usr/bin/env bash
# The .deb as a user gets it: cpack builds it from the build folder, dpkg-deb unpacks it into a
# throwaway root, and the unpacked steward runs --version, new and an export.
#   deb_check.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
build=$1 version=$2 appid=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "deb_check: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/steward_"$version"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "cpack wrote no steward_${version}_*.deb: $(ls "$work/out")"

# Runtime libraries, never development packages; the plugins Qt loads at run time named too.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
grep -q -- '-dev' <<<"$depends" && fail "Depends names a -dev package"

# Everything in its standard place.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
for path in /usr/bin/steward /usr/share/applications/$appid.desktop /usr/share/metainfo/$appid.metainfo.xml \
    /usr/share/mime/packages/$appid.xml /usr/share/icons/hicolor/scalable/apps/$appid.svg \
    /usr/share/icons/hicolor/48x48/apps/$appid.png /usr/share/icons/hicolor/256x256/apps/$appid.png \
    /usr/share/man/man1/steward.1.gz /usr/share/doc/steward/copyright; do
    grep -qx "$path" "$work/files" || fail "the package lacks $path"
done

dpkg-deb -x "$deb" "$work/root"
steward=$work/root/usr/bin/steward
[ "$("$steward" --version)" = "steward $version" ] || fail "--version says: $("$steward" --version)"
"$steward" new "$work/fernhill.steward" --template sample >/dev/null
"$steward" export "$work/fernhill.steward" --format json -o "$work/fernhill.json"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["schema_version"] >= 1 and d["connectors"], d.keys()' \
    "$work/fernhill.json" || fail "the export is not the inventory's JSON"
gzip -dc "$work/root/usr/share/man/man1/steward.1.gz" | grep -q '^\.TH STEWARD 1' || fail "the man page does not read"
echo "deb_check: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB: installs and runs"
