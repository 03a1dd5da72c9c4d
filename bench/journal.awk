# bench/journal.awk — an hledger journal of n transactions (awk -v n=N -f bench/journal.awk),
# for `bench/run` to time `hledger check` on as many transactions as the ledger has records.
# Deterministic (no random numbers): a bureau's spending, a few transactions a day from
# 2020-01-01, dated in order, with Chinese payees, notes and accounts like the ledger's text;
# about 125 bytes a transaction.
BEGIN {
  split("服务中心 标准化科 财务科 办公室 后勤保障科 武进区机关事务管理局 物业服务公司 会议服务中心", payee, " ")
  split("办公用品采购 会议室维护 餐饮服务费 保洁服务费 车辆运行维护 绿化养护 水电费 设备维修", note, " ")
  split("支出:办公:用品 支出:会议:维护 支出:餐饮:服务 支出:物业:保洁 支出:车辆:运行 支出:物业:绿化 支出:能耗:水电 支出:设备:维修", account, " ")
  per_day = int((n + 2015) / 2016) # six years of 28-day months
  i = 0
  for (y = 2020; i < n; y++)
    for (m = 1; m <= 12 && i < n; m++)
      for (d = 1; d <= 28 && i < n; d++)
        for (t = 0; t < per_day && i < n; t++) {
          i++
          k = (i * 7 + t) % 8 + 1
          printf "%04d-%02d-%02d %s | %s 第%d号\n", y, m, d, payee[k], note[(i * 3) % 8 + 1], i
          printf "    %s    ¥%d.%02d\n", account[k], (i * 7919) % 5000 + 10, i % 100
          printf "    资产:银行:基本户\n\n"
        }
}
