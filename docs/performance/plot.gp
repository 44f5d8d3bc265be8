# Task list latency (p95) against open tasks, ours and the bare engine, from the benchmark's CSV.
# gnuplot -e "csv='target/benchmarks/task-list.csv'" docs/performance/plot.gp  (writes docs/performance/task-list.png)
if (!exists("csv")) csv = 'target/benchmarks/task-list.csv'
set terminal pngcairo size 900,540 font "sans,10"
set output 'docs/performance/task-list.png'
set datafile separator ','
set title "\"My agency's tasks\": a page of 50 and the count, need-to-know enforced (p95)"
set xlabel 'open tasks'
set ylabel 'p95 latency (ms)'
set logscale xy
set grid
set key top left
set format x "%.0s%c"
set arrow from graph 0, first 50 to graph 1, first 50 nohead dt 2 lc rgb '#aa0000'
set label "target 50 ms" at graph 0.02, first 58 tc rgb '#aa0000'
plot csv using ($3 eq "ours" && strstrt(strcol(4), "agency") ? $2 : 1/0):6 with linespoints lw 2 pt 7 title 'this project', \
     csv using ($3 eq "bare" && strstrt(strcol(4), "agency") ? $2 : 1/0):6 with linespoints lw 2 pt 5 title 'bare Camunda 7.24, authorization on'
