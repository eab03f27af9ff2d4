-- The security-group rule for the peer CIDRs is added by the app through the customer's role (the
-- peering-security-group step), no longer a support task: its rows go.
delete from support_task where kind = 'ALLOW_PEER_CIDR_INBOUND';
