# Shared helpers of bench/build.sh, bench/watch.sh and bench/search/bench.sh; sourced, not run.

# median FORMAT: the median of the numbers on stdin, printed with the printf format FORMAT ("-" when there are none).
median() { sort -g | awk -v f="$1" '{v[NR]=$1} END {if (NR==0) {print "-"; exit}
  printf f "\n", (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
minimum() { sort -g | head -1; }
maximum() { sort -g | tail -1; }

# cpu_idle: percent idle over the next 2 seconds, from /proc/stat.
cpu_idle() {
  local a b
  read -r -a a < /proc/stat; sleep 2; read -r -a b < /proc/stat
  awk -v u1="${a[1]}" -v n1="${a[2]}" -v s1="${a[3]}" -v i1="${a[4]}" -v w1="${a[5]}" -v q1="${a[6]}" -v r1="${a[7]}" -v t1="${a[8]}" \
      -v u2="${b[1]}" -v n2="${b[2]}" -v s2="${b[3]}" -v i2="${b[4]}" -v w2="${b[5]}" -v q2="${b[6]}" -v r2="${b[7]}" -v t2="${b[8]}" \
      'BEGIN {tot = (u2+n2+s2+i2+w2+q2+r2+t2) - (u1+n1+s1+i1+w1+q1+r1+t1); printf "%d", tot ? 100 * ((i2+w2) - (i1+w1)) / tot : 100}'
}

# wait_idle MAX_SECONDS MIN_PERCENT: waits (up to MAX_SECONDS; 0 = not at all) until the CPUs are MIN_PERCENT idle;
# sets idle (the last percentage measured) and waited (seconds waited).
wait_idle() {
  idle=$(cpu_idle) waited=0
  while [ "$1" -gt 0 ] && [ "$idle" -lt "$2" ] && [ $waited -lt "$1" ]; do
    sleep 3; waited=$((waited + 5)); idle=$(cpu_idle)
  done
}
