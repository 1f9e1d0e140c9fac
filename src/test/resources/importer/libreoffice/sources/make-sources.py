# Generates department-like source files (HTML for Writer, FODS for Calc, CSV) from the real items in /work/shared/data.
import json, html, os, codecs
D = '/work/shared/data/collected/'
items = [json.loads(l) for l in open(D + 'items.jsonl')]
lists = {json.loads(l)['id']: json.loads(l) for l in open(D + 'lists.jsonl')}
by = lambda lid: [i for i in items if i['list_id'] == lid]
S = '/tmp/audit/src/'
e = html.escape

# ---------- F1: Word (LibreOffice) — 江门 list: title paragraphs, title row merged in the table, two header rows,
# section rows, conditions as separate paragraphs, 执法主体 merged down, notes below, a second table.
jm = by('L022')[:5]
rows = []
rows.append('<tr><td colspan="7"><p align="center"><b>江门市生态环境依法不予行政处罚的轻微环境违法行为清单</b></p></td></tr>')
rows.append('<tr><td rowspan="2"><p>序号</p></td><td rowspan="2"><p>违法行为名称及内容</p></td><td colspan="2"><p>处罚依据</p></td>'
            '<td rowspan="2"><p>不予处罚的条件</p></td><td rowspan="2"><p>处罚结果/处理方式</p></td><td rowspan="2"><p>执法主体</p></td></tr>')
rows.append('<tr><td><p>违反条款</p></td><td><p>处罚依据</p></td></tr>')
rows.append('<tr><td colspan="7"><p>一、建设项目管理类</p></td></tr>')
for n, it in enumerate(jm):
    conds = ''.join('<p>%s</p>' % e(c) for c in it['适用条件'])
    viol = ''.join('<p>%s</p>' % e(p) for p in it['违反条款'].split('；'))
    seq = '１２３４５'[n]   # full-width digits as typed on a Chinese IME
    auth = '<td rowspan="%d"><p>江门市生态环境局</p></td>' % len(jm) if n == 0 else ''
    rows.append('<tr><td><p>%s</p></td><td><p>%s</p></td><td>%s</td><td><p>%s</p></td><td>%s</td><td><p>%s</p></td>%s</tr>'
                % (seq, e(it['违法行为']), viol, e(it['处罚依据']), conds, e(it['处理结果']), auth))
t1 = '<table border="1">' + ''.join(rows) + '</table>'
jj = by('L020')
rows2 = ['<tr><td><p>序号</p></td><td><p>违法行为</p></td><td><p>法律依据（违反条款）</p></td><td><p>适用情形</p></td><td><p>处理结果</p></td></tr>']
for it in jj:
    rows2.append('<tr><td><p>%s</p></td><td><p>%s</p></td><td><p>%s</p></td><td><p>%s</p></td><td><p>%s</p></td></tr>'
                 % (it['序号'], e(it['违法行为']), e(it['违反条款'] or it['处罚依据']), e('；'.join(it['适用条件'])), e(it['处理结果'] or '首违不罚')))
t2 = '<table border="1">' + ''.join(rows2) + '</table>'
doc = ('<html><head><meta charset="utf-8"></head><body><p>附件</p><p align="center">江门市生态环境依法不予行政处罚的轻微环境违法行为清单</p>'
       '<p>江环〔2021〕231号</p>' + t1 +
       '<p>备注：1.本清单所列违法行为，当事人同时满足“不予处罚的条件”的，依法不予行政处罚。</p>'
       '<p>注：当事人有证据足以证明没有主观过错的，不予行政处罚。</p>'
       '<p>附件2</p><p align="center">重庆市江津区应急管理局“首违不罚”事项清单</p>' + t2 + '</body></html>')
open(S + 'jm-word.html', 'w').write(doc)

# ---------- F2: Calc FODS — 上海消防 (L023) + 保定 (L013): title row merged, blank row, two header rows with
# 处罚依据 merged over 违反条款/处罚依据, 序号 as formulas and as text, blank spacer rows, notes rows merged.
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"')
def cell(v, span=1, rspan=1, formula=None, num=None):
    a = ''
    if span > 1 or rspan > 1: a += ' table:number-columns-spanned="%d" table:number-rows-spanned="%d"' % (span, rspan)
    if formula: return '<table:table-cell table:formula="%s" office:value-type="float" office:value="%s"%s><text:p>%s</text:p></table:table-cell>' % (formula, num, a, num)
    if v is None or v == '': return '<table:table-cell%s/>' % a
    ps = ''.join('<text:p>%s</text:p>' % e(p) for p in str(v).split('\n'))
    return '<table:table-cell office:value-type="string"%s>%s</table:table-cell>' % (a, ps)
cov = lambda n=1: '<table:covered-table-cell table:number-columns-repeated="%d"/>' % n if n > 1 else '<table:covered-table-cell/>'
row = lambda *cs: '<table:table-row>' + ''.join(cs) + '</table:table-row>'
def fods(sheets):
    body = ''.join('<table:table table:name="%s">%s</table:table>' % (name, ''.join(rs)) for name, rs in sheets)
    return '<?xml version="1.0" encoding="UTF-8"?><office:document %s><office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>' % (NS, body)

sh = by('L023')[:7]
bd = by('L013')
R = []
R.append(row(cell('上海市消防领域轻微违法行为不予行政处罚清单', span=8), cov(7)))
R.append(row(cell('')))  # blank
# header: columns shuffled: 违法行为 first, 序号 second
R.append(row(cell('违法行为', rspan=2), cell('序号', rspan=2), cell('不予处罚的条件', rspan=2), cell('处罚依据', span=2), cov(),
             cell('处理结果', rspan=2), cell('实施机关', rspan=2), cell('备注', rspan=2)))
R.append(row(cov(3), cell('违反条款'), cell('处罚依据'), cov(3)))
r = 5
for n, it in enumerate(sh):
    seq = cell(None, formula='of:=ROW()-4', num=str(n + 1)) if n < 3 else cell(('４５６７')[n - 3] if n < 5 else str(n + 1))
    R.append(row(cell(it['违法行为']), seq, cell('\n'.join(it['适用条件'])), cell('《中华人民共和国消防法》第十六条'),
                 cell('《中华人民共和国消防法》第六十条第一款'), cell('不予行政处罚'), cell('上海市消防救援总队'), cell(it['备注'])))
    if n == 3: R.append(row(cell('')))  # spacer row
for n, it in enumerate(bd):
    R.append(row(cell(it['违法行为']), cell(str(8 + n)), cell(' '.join(it['适用条件'])), cell(''), cell(it['处罚依据']),
                 cell(it['处理结果']), cell('保定市满城区消防救援大队'), cell(it['备注'])))
R.append(row(cell('')))
R.append(row(cell('备注：' + lists['L023']['note'][:80], span=8), cov(7)))
R.append(row(cell('注：同一当事人两年内再次实施同一违法行为的，不适用本清单。', span=8), cov(7)))
open(S + 'xf-calc.fods', 'w').write(fods([('说明', [row(cell('填表说明：请勿修改表头。'))]), ('不予处罚清单', R)]))

# ---------- F3: an item whose conditions are on separate merged rows (序号 and 违法行为 merged down over 2 rows)
tj = by('L024')
R = [row(cell('新余市统计领域轻微违法行为免罚清单', span=6), cov(5)),
     row(cell('序号'), cell('违法行为'), cell('违反条款'), cell('处罚依据'), cell('适用条件'), cell('处理结果'))]
it = tj[1]
R.append(row(cell('1'), cell(tj[0]['违法行为']), cell(tj[0]['违反条款'] or '《统计法》第二十一条'), cell(tj[0]['处罚依据'] or '《统计法》第四十一条'), cell('\n'.join(tj[0]['适用条件'])), cell('不予处罚')))
R.append(row(cell('2', rspan=3), cell(it['违法行为'], rspan=3), cell('《统计法》第七条', rspan=3), cell('《统计法》第四十二条', rspan=3), cell(it['适用条件'][1]), cell('不予处罚', rspan=3)))
R.append(row(cov(4), cell(it['适用条件'][2]), cov()))
R.append(row(cov(4), cell(it['适用条件'][3]), cov()))
open(S + 'tj-calc.fods', 'w').write(fods([('Sheet1', R)]))

# ---------- F4: CSV GB18030 — L026 (元谋医保), header wording off the alias table, shuffled columns
ym = by('L026')
hdr = ['执法主体', '违法行为名称及内容', '不予处罚的条件', '序号', '法律依据（违反条款）', '处罚结果/处理方式']
lines = [','.join(hdr)]
q = lambda s: '"' + s.replace('"', '""') + '"'
for n, it in enumerate(ym):
    lines.append(','.join([q('元谋县医疗保障局'), q(it['违法行为']), q('；'.join(it['适用条件'])), str(n + 1), q(it['违反条款'] or it['处罚依据'] or '《医疗保障基金使用监督管理条例》'), q('首违不罚')]))
open(S + 'ym-gb18030.csv', 'wb').write(('\r\n'.join(lines) + '\r\n').encode('gb18030'))

# ---------- F5: CSV UTF-8 with BOM — L019 (城市管理), numbered conditions in one cell with ①②
cg = by('L019')
lines = ['城市管理领域轻微违法行为包容免罚清单,,,,', '序号,违法行为,处罚依据,免罚条件,处理结果']
circ = '①②③④⑤'
for it in cg:
    conds = ''.join(circ[k] + c.split('.', 1)[-1] for k, c in enumerate(it['适用条件']))
    lines.append(','.join([it['序号'], q(it['违法行为']), q(it['处罚依据']), q(conds), q(it['处理结果'])]))
lines.append('注：本清单自公布之日起施行。,,,,')
open(S + 'cg-bom.csv', 'wb').write(codecs.BOM_UTF8 + ('\r\n'.join(lines) + '\r\n').encode('utf-8'))

# ---------- F6: Word (LibreOffice) with inline enumerations (一)(二), 1. 2., and a running clause
wf = by('L007') + by('L016') + by('L015')
rows = ['<tr><td><p>编号</p></td><td><p>事项名称</p></td><td><p>违法依据</p></td><td><p>处罚依据</p></td><td><p>裁量标准</p></td><td><p>实施机关</p></td></tr>']
for n, it in enumerate(wf):
    rows.append('<tr><td><p>%d</p></td><td><p>%s</p></td><td><p>%s</p></td><td><p>%s</p></td><td><p>%s</p></td><td><p>%s</p></td></tr>'
                % (n + 1, e(it['违法行为']), e(it['违反条款'] or '（清单未列）'), e(it['处罚依据'] or '（清单未列）'), e(''.join(it['适用条件'])), e(lists[it['list_id']]['issuer'][:20])))
open(S + 'wf-word.html', 'w').write('<html><head><meta charset="utf-8"></head><body><p>全市住房城乡建设领域轻微违法行为不予行政处罚事项清单（2025年版）</p><table border="1">' + ''.join(rows) + '</table></body></html>')
print('ok')
