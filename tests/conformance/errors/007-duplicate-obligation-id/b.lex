# A second file declares the same obligation id.

obligation crc { title "CRC again" cite "err/7" require treaties.crc.status == "acceded" }
