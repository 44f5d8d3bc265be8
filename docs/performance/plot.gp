# Task list latency (p95) against open tasks: this project and a bare Camunda 7.24, from task-list-p95.dat.
# Run from the repository root: gnuplot docs/performance/plot.gp  (writes docs/performance/task-list.png)
set terminal pngcairo size 900,540 font "sans,10"
set output 'docs/performance/task-list.png'
set title "\"My agency's tasks\" (page of 50 + count), need-to-know enforced: p95 latency"
set xlabel 'open tasks (all agencies)'
set ylabel 'p95 latency, ms (log scale)'
set logscale y
set xrange [0:45000]
set yrange [10:30000]
set grid
set key top left
set arrow from graph 0, first 50 to graph 1, first 50 nohead dt 2 lc rgb '#aa0000'
set label "target: 50 ms at 40,000" at 1000, 60 tc rgb '#aa0000'
plot 'docs/performance/task-list-p95.dat' using 1:3 with linespoints lw 2 pt 5 title 'bare Camunda 7.24, authorization on', \
     '' using 1:2 with linespoints lw 2 pt 7 title 'this project (need-to-know by identity links)'
