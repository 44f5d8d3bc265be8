# Task list latency (p95) against open tasks, this project and a bare Camunda 7.24, from the measured
# figures in task-list.csv (rows of target/benchmarks/task-list.csv copied there after a run).
# Run from the repository root: gnuplot docs/performance/plot.gp  (writes docs/performance/task-list.png)
set terminal pngcairo size 1000,620 font "sans,10"
set output 'docs/performance/task-list.png'
set datafile separator comma
# Each line picks its own rows and leaves the others out without breaking the line.
set datafile missing NaN
set title "Practitioner's task list (page of 50 + count), need-to-know enforced: p95 latency"
set xlabel 'open tasks (all agencies; a police officer sees a quarter)'
set ylabel 'p95 latency, ms'
set logscale xy
set xrange [7000:3000000]
set yrange [2:2000000]
set format x '%.0s%c'
set xtics (10000, 40000, 200000, 2000000)
set format y '%.0f'
set grid
set key top left box opaque
set arrow from graph 0, first 50 to graph 1, first 50 nohead dt 2 lw 1.5 lc rgb '#aa0000'
set label 'target: 50 ms at 40,000 open tasks' at first 250000, first 40 tc rgb '#aa0000'

csv = 'docs/performance/task-list.csv'
is(engine, filter) = strcol(3) eq engine && strstrt(strcol(4), filter) == 1
p95(engine, filter) = is(engine, filter) ? $6 : NaN
bound(engine, filter) = is(engine, filter) && strcol(9) eq 'true' ? $6 : NaN

plot csv skip 1 using 2:(p95('bare', "My agency's")) with linespoints lw 2 pt 5 lc rgb '#7b2fbf' title "bare Camunda 7.24: My agency's tasks", \
     csv skip 1 using 2:(p95('bare', 'Due within')) with linespoints lw 2 dt 3 pt 4 lc rgb '#7b2fbf' title 'bare Camunda 7.24: Due within 5 working days', \
     csv skip 1 using 2:(p95('ours', "My agency's")) with linespoints lw 2 pt 7 lc rgb '#00896b' title "this project: My agency's tasks", \
     csv skip 1 using 2:(p95('ours', 'Due within')) with linespoints lw 2 dt 3 pt 6 lc rgb '#00896b' title 'this project: Due within 5 working days', \
     csv skip 1 using 2:(bound('bare', "My agency's")):(0):(bound('bare', "My agency's")) with vectors head filled lw 1.5 lc rgb '#7b2fbf' title 'at least this: cancelled by the statement timeout', \
     csv skip 1 using 2:(bound('bare', 'Due within')):(0):(bound('bare', 'Due within')) with vectors head filled lw 1.5 lc rgb '#7b2fbf' notitle
