# Sourced by the project's shell scripts: the toolchain cache, defined once for all of them (scripts/toolchain-env.js
# is the same definition for Node.js): $KEGW_CACHE, else $XDG_CACHE_HOME (default ~/.cache)/konnect-event-gateway-cdktf.
CACHE="${KEGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/konnect-event-gateway-cdktf}"
