#!/bin/sh
# Install Tawsim for the current user, no root needed (run from the unpacked archive):
#
#   ./install.sh              copy the program to ~/.local/opt/tawsim, link ~/.local/bin/tawsim,
#                             add the menu entry and the icon
#   ./install.sh --uninstall  remove all of that again (projects and settings stay)
#
# PREFIX=/some/where ./install.sh installs under that prefix instead of ~/.local.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
dest="$prefix/opt/tawsim"
bin="$prefix/bin/tawsim"
entry="$prefix/share/applications/tawsim.desktop"
icon="$prefix/share/icons/hicolor/256x256/apps/tawsim.png"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$dest"
    rm -f "$bin" "$entry" "$icon"
    refresh
    echo "Tawsim removed from $prefix (your projects and settings are untouched)."
    exit 0
fi

[ -x "$here/tawsim/tawsim" ] || { echo "install.sh: run me from the unpacked archive" >&2; exit 1; }
mkdir -p "$prefix/opt" "$prefix/bin" "$(dirname "$entry")" "$(dirname "$icon")"
rm -rf "$dest.new"
cp -a "$here/tawsim" "$dest.new"
rm -rf "$dest"
mv "$dest.new" "$dest"
ln -sf "$dest/tawsim" "$bin"
sed "s|^Exec=.*|Exec=\"$dest/tawsim\" %f|" "$here/tawsim.desktop" > "$entry"
cp "$here/tawsim.png" "$icon"
refresh
"$dest/tawsim" --version
echo "Installed in $dest; 'tawsim' is in $prefix/bin; Tawsim is in the applications menu."
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "Note: $prefix/bin is not on your PATH; add it, or run $dest/tawsim." ;;
esac
