//! SVG chart: speed-up per program and runtime (log2 axis, bars to the right are faster than the
//! baseline; solid = whole process, light = steady-state iteration), then one small panel per
//! program with each runtime's warm-up curve (iteration time against iteration number).

use crate::stats;
use crate::suite::SuiteResult;
use std::fmt::Write;

const COLOURS: [&str; 6] = [
    "#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860",
];

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn colour(i: usize) -> &'static str {
    COLOURS[i % COLOURS.len()]
}

pub fn render(res: &SuiteResult) -> String {
    let width = 960.0;
    let left = 160.0;
    let right = 40.0;
    let plot_w = width - left - right;
    let others: Vec<usize> = (0..res.runtimes.len())
        .filter(|&i| i != res.baseline)
        .collect();
    let warm = res.has_warm();
    let bars_per_rt = if warm { 2 } else { 1 };
    let bar_h = 8.0;
    let group_h = (others.len().max(1) * bars_per_rt) as f64 * bar_h + 8.0;
    let top = 70.0;
    let chart1_h = top + group_h * res.programs.len() as f64 + 40.0;

    // log2 extent of the speed-ups
    let mut extent: f64 = 1.0;
    for p in &res.programs {
        for &i in &others {
            for r in [res.speedup(p, i), res.warm_speedup(p, i)]
                .into_iter()
                .flatten()
            {
                extent = extent.max(r.log2().abs().ceil());
            }
        }
    }
    let extent = extent.min(8.0);
    let x_of = |r: f64| left + plot_w * (r.log2().clamp(-extent, extent) + extent) / (2.0 * extent);

    // warm-up panels
    let cols = 4usize;
    let panel_w = (width - 40.0) / cols as f64;
    let panel_h = 130.0;
    let panels: Vec<_> = res
        .programs
        .iter()
        .filter(|p| p.cells.iter().any(|c| !c.warm_curve().is_empty()))
        .collect();
    let chart2_top = chart1_h + 50.0;
    let rows = panels.len().div_ceil(cols);
    let height = if panels.is_empty() {
        chart1_h + 40.0
    } else {
        chart2_top + rows as f64 * panel_h + 40.0
    };

    let mut s = String::new();
    let _ = writeln!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0}" viewBox="0 0 {width} {height:.0}" font-family="sans-serif" font-size="11">"##
    );
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="white"/>"##);
    let base = escape(&res.runtimes[res.baseline].name);
    let _ = writeln!(
        s,
        r##"<text x="{left}" y="22" font-size="15" font-weight="bold">Speed-up vs {base} (log scale; right of 1x = faster)</text>"##
    );
    // legend
    let mut lx = left;
    for &i in &others {
        let name = escape(&res.runtimes[i].name);
        let _ = writeln!(
            s,
            r##"<rect x="{lx}" y="34" width="12" height="10" fill="{}"/>"##,
            colour(i)
        );
        let _ = writeln!(s, r##"<text x="{}" y="43">{name}</text>"##, lx + 16.0);
        lx += 30.0 + 7.0 * name.len() as f64;
    }
    if warm {
        let _ = writeln!(
            s,
            r##"<text x="{lx}" y="43" fill="#555">solid: whole process · light: steady-state iteration</text>"##
        );
    }
    // grid
    let ext = extent as i32;
    for k in -ext..=ext {
        let r = 2f64.powi(k);
        let x = x_of(r);
        let stroke = if k == 0 { "#000" } else { "#ddd" };
        let _ = writeln!(
            s,
            r##"<line x1="{x:.1}" y1="{}" x2="{x:.1}" y2="{}" stroke="{stroke}"/>"##,
            top - 8.0,
            chart1_h - 30.0
        );
        let label = if k >= 0 {
            format!("{}x", 1u64 << k)
        } else {
            format!("1/{}x", 1u64 << -k)
        };
        let _ = writeln!(
            s,
            r##"<text x="{x:.1}" y="{}" text-anchor="middle" fill="#555">{label}</text>"##,
            chart1_h - 16.0
        );
    }
    for (pi, p) in res.programs.iter().enumerate() {
        let gy = top + pi as f64 * group_h;
        let _ = writeln!(
            s,
            r##"<text x="{}" y="{:.1}" text-anchor="end">{}</text>"##,
            left - 8.0,
            gy + group_h / 2.0,
            escape(&p.program)
        );
        for (k, &i) in others.iter().enumerate() {
            for (j, (r, opacity)) in [(res.speedup(p, i), 1.0), (res.warm_speedup(p, i), 0.45)]
                .into_iter()
                .take(bars_per_rt)
                .enumerate()
            {
                let y = gy + ((k * bars_per_rt + j) as f64) * bar_h;
                match r {
                    Some(r) => {
                        let (x0, x1) = (x_of(1.0), x_of(r));
                        let _ = writeln!(
                            s,
                            r##"<rect x="{:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{}" fill-opacity="{opacity}"><title>{} {}: {r:.2}x</title></rect>"##,
                            x0.min(x1),
                            (x1 - x0).abs().max(0.5),
                            bar_h - 1.0,
                            colour(i),
                            escape(&p.program),
                            escape(&res.runtimes[i].name)
                        );
                    }
                    None if j == 0 => {
                        let _ = writeln!(
                            s,
                            r##"<text x="{:.1}" y="{:.1}" fill="{}" font-size="9">no result</text>"##,
                            x_of(1.0) + 4.0,
                            y + bar_h - 1.0,
                            colour(i)
                        );
                    }
                    None => {}
                }
            }
        }
    }

    if !panels.is_empty() {
        let _ = writeln!(
            s,
            r##"<text x="20" y="{:.0}" font-size="15" font-weight="bold">Warm-up curves: seconds per inner iteration</text>"##,
            chart2_top - 20.0
        );
        for (n, p) in panels.iter().enumerate() {
            let px = 20.0 + (n % cols) as f64 * panel_w;
            let py = chart2_top + (n / cols) as f64 * panel_h;
            let (iw, ih) = (panel_w - 50.0, panel_h - 45.0);
            let (ox, oy) = (px + 40.0, py + 18.0);
            let curves: Vec<(usize, Vec<f64>)> = p
                .cells
                .iter()
                .enumerate()
                .filter(|(_, c)| c.usable())
                .map(|(i, c)| (i, c.warm_curve()))
                .filter(|(_, v)| !v.is_empty())
                .collect();
            let ymax = curves
                .iter()
                .map(|(_, v)| stats::max(v))
                .fold(0.0, f64::max);
            let _ = writeln!(
                s,
                r##"<text x="{ox}" y="{}" font-weight="bold">{}</text>"##,
                py + 10.0,
                escape(&p.program)
            );
            let _ = writeln!(
                s,
                r##"<rect x="{ox}" y="{oy}" width="{iw:.1}" height="{ih:.1}" fill="none" stroke="#ccc"/>"##
            );
            let _ = writeln!(
                s,
                r##"<text x="{}" y="{}" text-anchor="end" font-size="9" fill="#555">{}</text>"##,
                ox - 3.0,
                oy + 8.0,
                crate::report::fmt_secs(ymax)
            );
            let _ = writeln!(
                s,
                r##"<text x="{}" y="{}" text-anchor="end" font-size="9" fill="#555">0</text>"##,
                ox - 3.0,
                oy + ih
            );
            for (i, v) in &curves {
                if ymax <= 0.0 {
                    continue;
                }
                let step = if v.len() > 1 {
                    iw / (v.len() - 1) as f64
                } else {
                    0.0
                };
                let pts: Vec<String> = v
                    .iter()
                    .enumerate()
                    .map(|(k, t)| {
                        format!("{:.1},{:.1}", ox + k as f64 * step, oy + ih - ih * t / ymax)
                    })
                    .collect();
                let _ = writeln!(
                    s,
                    r##"<polyline points="{}" fill="none" stroke="{}" stroke-width="1.5"><title>{}</title></polyline>"##,
                    pts.join(" "),
                    colour(*i),
                    escape(&res.runtimes[*i].name)
                );
            }
        }
        // legend for the panels (all runtimes, baseline included)
        let mut lx = 20.0;
        let ly = chart2_top + rows as f64 * panel_h + 10.0;
        for (i, rt) in res.runtimes.iter().enumerate() {
            let name = escape(&rt.name);
            let _ = writeln!(
                s,
                r##"<rect x="{lx}" y="{ly}" width="12" height="10" fill="{}"/>"##,
                colour(i)
            );
            let _ = writeln!(
                s,
                r##"<text x="{}" y="{}">{name}</text>"##,
                lx + 16.0,
                ly + 9.0
            );
            lx += 30.0 + 7.0 * name.len() as f64;
        }
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
    }
}
