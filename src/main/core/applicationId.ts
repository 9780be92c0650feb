/** PRAGMA application_id of every .handlekraft file: "HKWS" in ASCII (Handlekraft WorkShop). */
export const APPLICATION_ID = 0x484b5753
