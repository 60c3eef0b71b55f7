#!/bin/sh
# Re-runs every command of docs/tutorial.md from the repository root, saves each command's output in
# build/tutorial/NN.txt and copies the figures to docs/figures/tutorial-*.png. Usage:
#   sh docs/examples/tutorial.sh          (with the project's virtualenv: PATH=.venv/bin:$PATH)
set -u
out=build/tutorial
mkdir -p "$out"
n=0
step() {                     # step COMMAND...: run it, keep "$ command", its output and its exit status
    n=$((n + 1))
    file=$(printf '%s/%02d.txt' "$out" "$n")
    echo "\$ $*" > "$file"
    "$@" >> "$file" 2>&1
    echo "(exit status $?)" >> "$file"
    cat "$file"
}
step msp430emu cc docs/examples/smooth.c -o build/smooth.elf -O2
step msp430emu run build/smooth.elf
step msp430emu run build/smooth.elf --scenario default --strategy none --plot build/smooth-none.png
step msp430emu run build/smooth.elf --scenario default --plot build/smooth-mementos.png
rm -rf build/sweep-smooth
step msp430emu sweep build/smooth.elf --param distance=1,2,3,4,5,6 --param strategy=none,mementos-loop,hibernus \
    --jobs 2 --out build/sweep-smooth
step head -2 build/sweep-smooth/results.csv
step python3 docs/examples/columns.py build/sweep-smooth/results.csv distance strategy exit device_time_s \
    power_failures checkpoints restores overhead_cycles_pct
step msp430emu size build/smooth.elf --harvest rfid:3 --strategy none --hi 10m
step msp430emu size build/smooth.elf --harvest rfid:3 --strategy mementos-loop
step msp430emu size build/smooth.elf --harvest rfid:3 --strategy mementos-loop --target v_thresh
step sh -c "msp430emu size build/smooth.elf --harvest rfid:3 --strategy none --hi 10m --max-time 1 --json \
    | python3 -m json.tool | head -32"
step msp430emu size build/smooth.elf --harvest rfid:3 --strategy none --hi 10u
step msp430emu cc designs/firmware/examples/war_counter.c -o build/war_counter.elf -O2
step msp430emu size build/war_counter.elf --harvest rfid:2.8 --strategy mementos-loop
step msp430emu size build/war_counter.elf --harvest rfid:2.8 --strategy mementos-loop --expect-exit 0
cp build/smooth-none.png docs/figures/tutorial-run-none.png
cp build/smooth-mementos.png docs/figures/tutorial-run-mementos.png
cp build/sweep-smooth/summary.png docs/figures/tutorial-sweep.png
