/** The portal's enquiry mailbox (a reserved example domain while the portal is a prototype). */
export const CONTACT_EMAIL = '12345@jiangcheng.example';
